import { describe, expect, it } from 'vitest';
import { presetFromHash } from './StartForm.tsx';

describe('the start form’s venue type from the link', () => {
  it('takes a venue type the link names', () => {
    expect(presetFromHash('#/start?preset=gym')).toBe('gym');
    expect(presetFromHash('#/start?x=1&preset=residential')).toBe('residential');
  });
  it('ignores what is not a venue type, or not the start form', () => {
    expect(presetFromHash('#/start?preset=casino')).toBeUndefined();
    expect(presetFromHash('#/start?preset=')).toBeUndefined();
    expect(presetFromHash('#/start')).toBeUndefined();
    expect(presetFromHash('#/tasks?preset=gym')).toBeUndefined();
    expect(presetFromHash('')).toBeUndefined();
  });
});
