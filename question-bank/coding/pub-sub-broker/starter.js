class TopicBroker {
  /** @returns {boolean} true if the subscription is new */
  subscribe(subscriberId, pattern) {
    return false;
  }

  /** @returns {boolean} true if the subscription existed */
  unsubscribe(subscriberId, pattern) {
    return false;
  }

  /** @returns {string[]} matching subscriber ids, each once, sorted */
  publish(topic) {
    return [];
  }
}
