import { describe, expect, it } from 'vitest';
import { storyPath } from '../../core/story-path';

describe('an event’s story chain on one line', () => {
  it('keeps the broadest and the narrowest story, the middle in the full chain only', () => {
    expect(storyPath(['War in Afghanistan', 'Taliban insurgency', '2021 Taliban offensive'])).toEqual({
      short: 'War in Afghanistan › … › 2021 Taliban offensive',
      full: 'War in Afghanistan › Taliban insurgency › 2021 Taliban offensive',
    });
  });
  it('leaves a chain of one or two as it is', () => {
    expect(storyPath(['Murder of George Floyd'])).toEqual({ short: 'Murder of George Floyd', full: 'Murder of George Floyd' });
    expect(storyPath(['A', 'B'])).toEqual({ short: 'A › B', full: 'A › B' });
    expect(storyPath([])).toEqual({ short: '', full: '' });
  });
});
