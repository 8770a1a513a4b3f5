class EventBus {
  /** Registrations the event now has. */
  on(event: string, handlerId: string): number {
    return 0;
  }

  /** Registrations the event now has. */
  once(event: string, handlerId: string): number {
    return 0;
  }

  /** True if one registration (the most recent) was removed. */
  off(event: string, handlerId: string): boolean {
    return false;
  }

  /** Handler ids run, in order: the event's, then the wildcard's. */
  emit(event: string): string[] {
    return [];
  }

  listenerCount(event: string): number {
    return 0;
  }
}
