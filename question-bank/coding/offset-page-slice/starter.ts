interface PageView {
  page: number;
  perPage: number;
  totalPages: number;
  offset: number;
  count: number;
  bar: (number | '...')[];
}

function pageView(total: number, query: string): PageView {
  // Your code here.
  return { page: 1, perPage: 20, totalPages: 1, offset: 0, count: 0, bar: [1] };
}
