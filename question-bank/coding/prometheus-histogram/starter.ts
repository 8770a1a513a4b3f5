function histogramQuantiles(series: [string, number][][], qs: number[]): (number | null)[] {
  // Your code here.
  return qs.map(() => null);
}
