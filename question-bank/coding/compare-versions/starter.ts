function sortReleaseTags(tags: string[]): string[] {
  // Your code here.
  return tags;
}
