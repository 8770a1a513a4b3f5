interface Registration {
  handlerId: string;
  once: boolean;
}

export class EventBus {
  private readonly byEvent = new Map<string, Registration[]>();

  on(event: string, handlerId: string): number {
    return this.add(event, { handlerId, once: false });
  }

  once(event: string, handlerId: string): number {
    return this.add(event, { handlerId, once: true });
  }

  off(event: string, handlerId: string): boolean {
    const list = this.byEvent.get(event);
    if (list === undefined) return false;
    for (let i = list.length - 1; i >= 0; i--) {
      if (list[i]!.handlerId === handlerId) {
        list.splice(i, 1);
        return true;
      }
    }
    return false;
  }

  emit(event: string): string[] {
    return [...this.run(event), ...this.run('*')];
  }

  listenerCount(event: string): number {
    return this.byEvent.get(event)?.length ?? 0;
  }

  private add(event: string, registration: Registration): number {
    let list = this.byEvent.get(event);
    if (list === undefined) {
      list = [];
      this.byEvent.set(event, list);
    }
    list.push(registration);
    return list.length;
  }

  private run(event: string): string[] {
    const list = this.byEvent.get(event);
    if (list === undefined) return [];
    const ran = list.map((r) => r.handlerId);
    if (list.some((r) => r.once)) {
      this.byEvent.set(
        event,
        list.filter((r) => !r.once),
      );
    }
    return ran;
  }
}
