import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { adoptEarlyCalls } from '../lib/query'
import { App } from './App'

// The app proper, a chunk of its own that main.tsx imports once the landing calls are out.
adoptEarlyCalls()
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>
)
