// The first chunk is only this: the landing screen's core calls go out as soon as it runs, instead of
// after the app's ~380 KB are compiled and evaluated (which takes longer than the core's answer).
import './lib/askLanding'
import { warmUp } from './app/warmUp'
// Every stylesheet the start needs, in the order the app imports them (the cascade depends on it), so
// the page links them in <head> rather than the app's chunk adding them once it loads.
import './components/components.css'
import './features/clients/clients.css'
import './features/plans/plans.css'
import './features/programs/programs.css'
import './features/progress/progress.css'
import './features/data-safety/data-safety.css'
import './features/dashboard/dashboard.css'
import './styles.css'

// While the app chunk is fetched and compiled the main thread is idle: ICU's data and sessionStorage load meanwhile.
warmUp()

// Fetched from the first moment (index.html preloads it, see electron.vite.config.ts); evaluated once
// the calls are out.
void import('./app/boot')
