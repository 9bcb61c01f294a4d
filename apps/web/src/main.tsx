import { render } from 'preact';
import { App } from './app/App';
import { startSessionKeeping } from './auth/refresh';
import './styles.css';

startSessionKeeping();
render(<App />, document.getElementById('app')!);
