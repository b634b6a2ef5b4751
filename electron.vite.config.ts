import { cpSync } from 'node:fs'
import { resolve } from 'node:path'
import { defineConfig } from 'electron-vite'
import type { Plugin } from 'vite'
import react from '@vitejs/plugin-react'

// The core reads its numbered SQL migrations from disk (their checksums are what the store records),
// so the bundle needs the .sql files next to it.
function copyMigrations(): Plugin {
  return {
    name: 'spotter-copy-migrations',
    writeBundle() {
      cpSync(resolve('src/main/core/db/migrations'), resolve('out/main/migrations'), { recursive: true })
    }
  }
}

export default defineConfig({
  main: {
    plugins: [copyMigrations()],
    build: {
      // The PDF worker thread is its own entry (out/main/pdf-worker.js); src/main/core/pdf/worker-pool.ts finds it.
      rollupOptions: { input: { index: resolve('src/main/index.ts'), 'pdf-worker': resolve('src/main/core/pdf/worker.ts') } }
    }
  },
  preload: {
    build: {
      rollupOptions: {
        input: { index: resolve('src/preload/index.ts') },
        // A sandboxed preload cannot be an ES module.
        output: { format: 'cjs', entryFileNames: '[name].cjs' }
      }
    }
  },
  renderer: {
    root: resolve('src/renderer'),
    plugins: [react()],
    build: {
      // Minified: the renderer boots faster (~1.3 MB of JavaScript otherwise), which the boot budget needs.
      minify: true,
      rollupOptions: {
        input: { index: resolve('src/renderer/index.html') },
        // What the app needs at start stays one chunk (one stylesheet, in import order) even when lazy
        // screens share some of it; otherwise shared parts become separate files and the cascade changes.
        output: { codeSplitting: { groups: [{ name: 'app', tags: ['$initial'] }] } }
      }
    }
  }
})
