function colorPackets(
  cirPerMs: number,
  cbs: number,
  ebs: number,
  packets: [number, number, number][],
): string {
  // Your code here.
  return packets.map(() => 'G').join('');
}
