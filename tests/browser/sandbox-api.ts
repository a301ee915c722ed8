/** A person in the sandbox web chat through its HTTP API (what the page itself calls). */
export function sandboxApi(base: string) {
  const call = async <T = Record<string, unknown>>(path: string, body?: unknown): Promise<T> => {
    const res = await fetch(
      `${base}/sandbox/api/${path}`,
      body === undefined ? {} : { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) },
    );
    return (await res.json()) as T;
  };
  return {
    async personas() {
      return (await call<{ personas: { accountId: string; name: string; role: string }[] }>('personas')).personas;
    },
    async say(account: string, body: Record<string, unknown>) {
      await call('send', { account, id: crypto.randomUUID(), ...body });
    },
    async messages(account: string) {
      type Messages = { messages: { direction: string; payload: { text?: string; choices?: { label: string; data: string }[] } }[] };
      return (await call<Messages>(`messages?account=${encodeURIComponent(account)}&after=0`)).messages;
    },
    /** Presses the newest button whose label matches. */
    async press(account: string, label: RegExp) {
      const out = (await this.messages(account)).filter((m) => m.direction === 'out');
      const choice = out
        .flatMap((m) => m.payload.choices ?? [])
        .reverse()
        .find((c) => label.test(c.label));
      if (!choice) throw new Error(`no button ${label}`);
      await this.say(account, { choice: choice.data });
    },
  };
}
