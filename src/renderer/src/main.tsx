import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
// Before App, so the features' styles (imported by their screens) come after the shared ones.
import './components/components.css'
import { App } from './app/App'
import './styles.css'

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>
)
