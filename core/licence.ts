/** The licence of Wikipedia's text, which every surface that shows it credits (the card, the popup, the panel, exports). */
export const LICENCE_NAME = 'CC BY-SA';
export const LICENCE_URL = 'https://creativecommons.org/licenses/by-sa/4.0/';
