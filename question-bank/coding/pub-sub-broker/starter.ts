class TopicBroker {
  /** True if the subscription is new. */
  subscribe(subscriberId: string, pattern: string): boolean {
    return false;
  }

  /** True if the subscription existed. */
  unsubscribe(subscriberId: string, pattern: string): boolean {
    return false;
  }

  /** Matching subscriber ids, each once, sorted. */
  publish(topic: string): string[] {
    return [];
  }
}
