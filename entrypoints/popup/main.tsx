import { render } from 'preact';
import '../../components/theme.css';
import './popup.css';
import browser from '../../utils/browser';
import { App } from './App';

// Opened as a page of its own (a tab, or a browser that shows popups as tabs), the popup fills the width it is given
// between 320 and 800 px instead of the toolbar popup's fixed width.
void browser.tabs.getCurrent().then((tab) => tab && document.documentElement.classList.add('in-tab'), () => undefined);

render(<App />, document.getElementById('app')!);
