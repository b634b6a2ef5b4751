import { cpSync } from 'node:fs'
import { resolve } from 'node:path'
import { defineConfig } from 'electron-vite'
import type { OutputAsset, OutputChunk } from 'rolldown'
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

const isBootChunk = (file: OutputChunk | OutputAsset): file is OutputChunk => file.type === 'chunk' && file.moduleIds.some((id) => /app[\\/]boot\.tsx$/.test(id))
/** react-dom's chunk: the other half of the start's code, compiled alongside the boot chunk. */
const isReactDomChunk = (file: OutputChunk | OutputAsset): file is OutputChunk => file.type === 'chunk' && file.name === 'react-dom'

/**
 * The app's start chunk (app/boot.tsx, imported by main.tsx) is preloaded from index.html, so it is
 * fetched and compiled while the page loads instead of only once main.tsx has run. Its first line asks
 * V8 (Chromium 136+) to compile all its functions then, on a background thread, rather than each on the
 * main thread at its first call: nearly all of that chunk runs at start.
 */
function preloadBoot(): Plugin {
  return {
    name: 'spotter-preload-boot',
    enforce: 'post',
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        for (const file of Object.values(bundle)) {
          if (!isBootChunk(file) && !isReactDomChunk(file)) continue
          // The magic comment only counts as the file's very first line; a source map (--sourcemap) moves down one line.
          file.code = `//# allFunctionsCalledOnLoad\n${file.code}`
          const map = bundle[`${file.fileName}.map`]
          if (map?.type === 'asset' && typeof map.source === 'string') {
            const parsed = JSON.parse(map.source) as { mappings: string }
            map.source = JSON.stringify({ ...parsed, mappings: `;${parsed.mappings}` })
          }
        }
      }
    },
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        if (!ctx.bundle) return // the dev server serves modules one by one
        const boot = Object.values(ctx.bundle).find(isBootChunk)
        if (!boot) throw new Error('spotter-preload-boot: no chunk for src/renderer/src/app/boot.tsx')
        const entry = ctx.chunk?.fileName
        return [boot.fileName, ...boot.imports.filter((name) => name !== entry)].map((name) => ({
          tag: 'link',
          attrs: { rel: 'modulepreload', crossorigin: true, href: `./${name}` },
          injectTo: 'head' as const
        }))
      }
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
    plugins: [react(), preloadBoot()],
    build: {
      // Minified: the renderer boots faster (~1.3 MB of JavaScript otherwise), which the boot budget needs.
      minify: true,
      rollupOptions: {
        input: { index: resolve('src/renderer/index.html') },
        output: {
          codeSplitting: {
            groups: [
              // The first chunk (main.tsx: the landing calls and every start stylesheet, so one stylesheet in
              // import order) stays one file even when lazy screens share some of it; otherwise shared parts
              // become separate files and the cascade changes.
              { name: 'app', tags: ['$initial'], priority: 2 },
              // The app's start (app/boot.tsx and all it imports) as one chunk too: one file to preload,
              // rather than the pieces it shares with lazy screens split off and fetched one after another.
              { name: 'boot', test: /src[\\/]renderer[\\/]src[\\/]app[\\/]boot\.tsx$/, priority: 1 },
              // react-dom (and its scheduler), half the start's code, in a file of its own: the browser compiles
              // each script on its own background thread, so the two halves compile side by side.
              { name: 'react-dom', test: /node_modules[\\/](react-dom|scheduler)[\\/]/, priority: 3 }
            ]
          }
        }
      }
    }
  }
})
