import { askForLanding } from './earlyCalls'

// Imported first by main.tsx, for this effect: the landing screen's core calls go out before React
// and the app's own modules are evaluated and rendered, so the core answers while the renderer works.
askForLanding(location.hash)
