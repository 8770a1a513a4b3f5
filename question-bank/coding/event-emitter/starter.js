class EventBus {
  /** @returns {number} registrations the event now has */
  on(event, handlerId) {
    return 0;
  }

  /** @returns {number} registrations the event now has */
  once(event, handlerId) {
    return 0;
  }

  /** @returns {boolean} true if one registration was removed */
  off(event, handlerId) {
    return false;
  }

  /** @returns {string[]} handler ids run, in order */
  emit(event) {
    return [];
  }

  /** @returns {number} */
  listenerCount(event) {
    return 0;
  }
}
