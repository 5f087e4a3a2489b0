import { describe, expect, it } from 'vitest';
import { storyPath } from '../../core/story-path';

describe('an event’s story chain on one line', () => {
  it('keeps the broadest and the narrowest story, the whole chain as its title', () => {
    expect(storyPath(['War in Afghanistan', 'Taliban insurgency', '2021 Taliban offensive'])).toStrictEqual({
      text: 'War in Afghanistan › … › 2021 Taliban offensive',
      title: 'War in Afghanistan › Taliban insurgency › 2021 Taliban offensive',
    });
  });
  it('leaves a chain of one or two as it is, with no title', () => {
    expect(storyPath(['Murder of George Floyd'])).toStrictEqual({ text: 'Murder of George Floyd' });
    expect(storyPath(['A', 'B'])).toStrictEqual({ text: 'A › B' });
    expect(storyPath([])).toStrictEqual({ text: '' });
  });
});
