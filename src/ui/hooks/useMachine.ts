/**
 * A small hook over createActor and subscribe (xstate ships no Preact binding). The actor is not started
 * during prerendering; getSnapshot() before start() gives the initial state, so the static HTML shows it.
 */
import { useEffect, useState } from 'preact/hooks';
import { createActor, type ActorOptions, type AnyStateMachine, type SnapshotFrom } from 'xstate';

export function useMachine<T extends AnyStateMachine>(machine: T, options?: ActorOptions<T>) {
  const [actor] = useState(() => createActor(machine, options));
  const [snapshot, setSnapshot] = useState<SnapshotFrom<T>>(() => actor.getSnapshot());
  useEffect(() => {
    const sub = actor.subscribe((s) => setSnapshot(s));
    actor.start();
    setSnapshot(actor.getSnapshot());
    return () => {
      sub.unsubscribe();
      actor.stop();
    };
  }, [actor]);
  return [snapshot, actor.send, actor] as const;
}
