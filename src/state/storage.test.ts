// The storage door: full, disabled and damaged storage come back as typed results in words,
// never as exceptions; a damaged entry is set aside, not deleted.
import { afterEach, describe, expect, it } from 'vitest';
import { memoryStore } from './memory-store';
import { readText, setAside, setBackingStore, writeText } from './storage';

afterEach(() => setBackingStore(null));

describe('storage', () => {
  it('reads and writes', () => {
    setBackingStore(memoryStore());
    expect(writeText('trajectory:a', 'x')).toEqual({ ok: true });
    expect(readText('trajectory:a')).toEqual({ ok: true, text: 'x' });
    expect(readText('trajectory:b')).toEqual({ ok: true, text: null });
  });

  it('reports full storage in words', () => {
    setBackingStore(memoryStore('QuotaExceededError'));
    const r = writeText('trajectory:a', 'x', 'saving your work automatically');
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.reason).toBe('full');
      expect(r.message).toMatch(/storage for this site is full, so saving your work automatically failed/);
      expect(r.message).toMatch(/download a copy/);
    }
  });

  it('reports disabled storage in words', () => {
    setBackingStore(memoryStore('SecurityError'));
    const r = readText('trajectory:a');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toBe('disabled');
  });

  it('reports missing localStorage (Node, or a browser that blocks it) as disabled', () => {
    const r = writeText('trajectory:a', 'x');
    expect(r).toMatchObject({ ok: false, reason: 'disabled' });
  });

  it('sets a damaged entry aside under a dated key instead of deleting it', () => {
    const store = memoryStore();
    setBackingStore(store);
    store.map.set('trajectory:library:abc', '{broken');
    const r = setAside('trajectory:library:abc', '{broken', new Date('2026-03-01T10:00:00Z'));
    expect(r).toEqual({ ok: true, key: 'trajectory:set-aside:library:abc:2026-03-01T10:00:00.000Z' });
    expect([...store.map.entries()]).toEqual([['trajectory:set-aside:library:abc:2026-03-01T10:00:00.000Z', '{broken']]);
  });
});
