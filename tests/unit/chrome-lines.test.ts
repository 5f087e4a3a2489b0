/** Two text rules for page chrome inside an article's text: `handles-and-addresses` and `credit-lines`. */
import { describe, expect, it } from 'vitest';
import { inCreditLine } from '../../core/names/credit-lines';
import { inHandleOrAddress } from '../../core/names/handles';

const match = (text: string, name: string) => ({ start: text.indexOf(name), end: text.indexOf(name) + name.length, title: name });

describe('handles-and-addresses (core/names/handles.ts)', () => {
  it('knows a name inside a user name, a handle or a web address', () => {
    for (const [text, name] of [
      ['Athi816, Andrea_Victoria, LeafoftheFox', 'Victoria'], ['Brightness_Random, Ring_Apple, Yuilhan', 'Apple'], ['Irish_R_and_B_Singer', 'Irish'],
      ['(@weekly_SPA) February 10', 'SPA'], ['follow @NASA today', 'NASA'], ['CNN.co.jp (JAPANESE)', 'CNN'], ['see www.Reuters.com', 'Reuters'],
      ['en.wikipedia.org/wiki/Stockholm_syndrome', 'Stockholm'],
    ]) expect(inHandleOrAddress(text, match(text, name)), text).toBe(true);
  });
  it('leaves prose alone, initials and sentence ends included', () => {
    for (const [text, name] of [
      ['Obama flew to Kenya. Then Nairobi', 'Nairobi'], ['the U.S. Army said', 'U.S. Army'], ['talks in Kabul.Then', 'Kabul'], ['Kenya, Uganda and Tanzania', 'Uganda'],
      ['(Reuters) - Russia said', 'Russia'], ['She said: Russia will', 'Russia'], ['Credit: NASA/ESA', 'ESA'], ['peace.Russia said', 'Russia'],
      ['talks on Israel/Palestine resumed', 'Palestine'], ['the Biden/Harris ticket', 'Harris'], ['Amazon.com Inc said', 'Amazon'], ['Yahoo.com reported', 'Yahoo'],
    ]) expect(inHandleOrAddress(text, match(text, name)), text).toBe(false);
  });
});

describe('credit-lines (core/names/credit-lines.ts)', () => {
  it('knows the names in a picture\'s credit', () => {
    for (const [text, name] of [
      ['Credit: NASA/ESA', 'NASA'], ['CreditChristopher Lee para The New York Times', 'The New York Times'], ['Photo: Reuters', 'Reuters'],
      ['A crowd in Kabul. Photograph by Wakil Kohsar for AFP', 'AFP'], ['Image credit: Getty Images via Reuters', 'Reuters'],
      ['Source: Current Biology 31, 2021', 'Current Biology'], ['Photo courtesy of NASA', 'NASA'], ['Photos by Reuters', 'Reuters'],
    ]) expect(inCreditLine(text, match(text, name)), text).toBe(true);
  });
  it('leaves captions and prose alone', () => {
    for (const [text, name] of [
      ['Credit Suisse said Switzerland would act', 'Switzerland'], ['Photo: Reuters\nPutin spoke in Moscow', 'Moscow'],
      ['Source code leaked. Russia denied it', 'Russia'], ['The photo by the river shows Kabul', 'Kabul'],
      ['Credit: AP. The talks in Doha went on', 'Doha'], ['Sources said Iran would respond', 'Iran'],
      ['Photos: Biden visits Kyiv', 'Kyiv'], ['CREDITORS OF Argentina MET', 'Argentina'],
    ]) expect(inCreditLine(text, match(text, name)), text).toBe(false);
  });
});
