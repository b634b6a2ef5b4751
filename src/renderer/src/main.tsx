// First, so the core starts on the landing screen's data while the rest of the bundle is evaluated.
import './lib/askLanding'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
// Before App, so the features' styles (imported by their screens) come after the shared ones.
import './components/components.css'
import { App } from './app/App'
import { adoptEarlyCalls } from './lib/query'
import './styles.css'

adoptEarlyCalls()
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>
)
