interface TrieNode {
  children: Map<string, TrieNode>;
  /** Subscribers whose pattern ends at this node. */
  subscribers: Set<string>;
}

function newNode(): TrieNode {
  return { children: new Map(), subscribers: new Set() };
}

export class TopicBroker {
  private readonly root = newNode();

  subscribe(subscriberId: string, pattern: string): boolean {
    let node = this.root;
    for (const segment of pattern.split('.')) {
      let child = node.children.get(segment);
      if (child === undefined) {
        child = newNode();
        node.children.set(segment, child);
      }
      node = child;
    }
    if (node.subscribers.has(subscriberId)) return false;
    node.subscribers.add(subscriberId);
    return true;
  }

  unsubscribe(subscriberId: string, pattern: string): boolean {
    let node: TrieNode | undefined = this.root;
    for (const segment of pattern.split('.')) {
      node = node.children.get(segment);
      if (node === undefined) return false;
    }
    return node.subscribers.delete(subscriberId);
  }

  publish(topic: string): string[] {
    const found = new Set<string>();
    collect(this.root, topic.split('.'), 0, found);
    return [...found].sort();
  }
}

function collect(node: TrieNode, segments: string[], i: number, found: Set<string>): void {
  const rest = node.children.get('#');
  if (rest !== undefined) for (const id of rest.subscribers) found.add(id);
  if (i === segments.length) {
    for (const id of node.subscribers) found.add(id);
    return;
  }
  const literal = node.children.get(segments[i]!);
  if (literal !== undefined) collect(literal, segments, i + 1, found);
  const one = node.children.get('*');
  if (one !== undefined) collect(one, segments, i + 1, found);
}
