import { describe, expect, it } from 'vitest';
import { inCallToAction, withoutCallsToAction } from '../../core/names/call-to-action';

const at = (text: string, name: string) => inCallToAction(text, text.indexOf(name), text.indexOf(name) + name.length);

describe('calls to action (core/names/call-to-action.ts)', () => {
  it('knows the buttons and links that name a platform', () => {
    for (const [text, name] of [
      ['Follow us on Twitter', 'Twitter'], ['FOLLOW US ON Instagram', 'Instagram'], ['Share on Facebook', 'Facebook'],
      ['Share this story via WhatsApp', 'WhatsApp'], ['Sign in with Google', 'Google'], ['Ads by Google', 'Google'],
      ['Download on the App Store', 'App Store'], ['Get it on Google Play', 'Google Play'], ['Like us on\u00a0Facebook', 'Facebook'],
      ['Log in with Facebook', 'Facebook'], ['Follow us on:\nTwitter', 'Twitter'], ['SHARE ON Facebook', 'Facebook'],
      ['Follow Us On Twitter', 'Twitter'], ['Like Us On Facebook', 'Facebook'], ['Share On Facebook', 'Facebook'],
      ['Sign In With Google', 'Google'], ['Get It On Google Play', 'Google Play'],
      ['Like The Root on Facebook', 'Facebook'], ['Follow him on Twitter @jdoe', 'Twitter'], ['Follow Jane Doe on Instagram', 'Instagram'],
      ['FOLLOW HER ON TikTok', 'TikTok'], ['RT @AamAadmiParty: the vote', 'RT'], ['RT@bbcworld', 'RT'],
      ['Follow on Twitter', 'Twitter'], ['Visit us on Facebook', 'Facebook'], ['See our Pinterest page', 'Pinterest'],
      ['Subscribe to 9to5Mac on YouTube for more', 'YouTube'], ['He can be followed via Twitter, LinkedIn', 'Twitter'],
      ['I sign in by connecting my Facebook, Google Plus', 'Facebook'],
    ]) expect(at(text, name), text).toBe(true);
  });
  it('leaves prose alone', () => {
    for (const [text, name] of [
      ['Talks will continue with Russia', 'Russia'], ['Iran agreed to share intelligence with Russia', 'Russia'],
      ['In a post on Facebook, he said', 'Facebook'], ['The film is available on Netflix', 'Netflix'], ['Twitter said', 'Twitter'],
      ['Trump, who has a following on Twitter', 'Twitter'], ['the first G7 country to sign up with China', 'China'],
      ['its market share on Amazon', 'Amazon'], ['The sanctions follow on Russia', 'Russia'], ['goods share via Oman', 'Oman'],
      ['Reporters Follow Biden on China Trip', 'China'], ['Allies Follow U.S. on Iran', 'Iran'], ['Sanctions Follow on Russia', 'Russia'],
      ['Like Obama on Iran, Biden hedged', 'Iran'], ['Follow him on Russia', 'Russia'], ['RT reported on Monday', 'RT'],
      ['RT America', 'RT'], ['Kremlin-backed RT @ its studio', 'RT'], ['See our Kabul coverage', 'Kabul'], ['Visit us on Monday', 'Monday'],
      ['Subscribe to Netflix on Monday', 'Monday'], ['The band was followed via Russia', 'Russia'],
    ]) expect(at(text, name), text).toBe(false);
  });
  it('drops only the names in calls to action', () => {
    const text = 'Obama in Kenya. Follow us on Twitter';
    const matches = [{ start: 0, end: 5, title: 'Barack Obama' }, { start: 9, end: 14, title: 'Kenya' }, { start: 29, end: 36, title: 'Twitter' }];
    expect(withoutCallsToAction(matches, text).map((m) => m.title)).toEqual(['Barack Obama', 'Kenya']);
  });
  it('drops the platforms listed after one in a call, and no name after the list', () => {
    const found = (text: string, names: string[]) =>
      withoutCallsToAction(names.map((n) => ({ start: text.indexOf(n), end: text.indexOf(n) + n.length, title: n })), text).map((m) => m.title);
    expect(found('Follow Newsbeat on Instagram, Facebook, Twitter and YouTube.', ['Instagram', 'Facebook', 'Twitter', 'YouTube'])).toEqual([]);
    expect(found('Follow The New York Times Opinion section on Facebook, Twitter (@NYTopinion) and Instagram.', ['Facebook', 'Twitter', 'Instagram'])).toEqual([]);
    expect(found('Follow us on Twitter and Russia will answer', ['Twitter', 'Russia'])).toEqual(['Russia']);
    expect(found('Posts on Facebook, Twitter and YouTube were removed', ['Facebook', 'Twitter', 'YouTube'])).toEqual(['Facebook', 'Twitter', 'YouTube']);
  });
});
