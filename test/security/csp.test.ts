import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'

// The Content-Security-Policy travels in index.html's <meta> tag (a file:// page gets no headers).
// Checked in the source page and in the page that ships (the build can rewrite index.html).

const ROOT = join(import.meta.dirname, '..', '..')
const BUILT_DIR = process.env.SPOTTER_RENDERER_DIR || join(ROOT, 'out', 'renderer')
const BUILT = join(BUILT_DIR, 'index.html')

function policyOf(html: string): Map<string, string[]> {
  const metas = [...html.matchAll(/<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"/gi)]
  expect(metas, 'exactly one CSP <meta> tag').toHaveLength(1)
  const policy = new Map<string, string[]>()
  for (const directive of metas[0]![1]!.split(';')) {
    const [name, ...sources] = directive.trim().split(/\s+/)
    if (name) policy.set(name.toLowerCase(), sources)
  }
  return policy
}

/** What a strict policy for an offline app means here, directive by directive. */
function expectStrict(html: string): void {
  const csp = policyOf(html)
  expect(csp.get('default-src')).toEqual(["'none'"])
  expect(csp.get('script-src')).toEqual(["'self'"])
  expect(csp.get('connect-src')).toEqual(["'self'"])
  for (const locked of ['object-src', 'base-uri', 'form-action', 'frame-src']) expect(csp.get(locked), locked).toEqual(["'none'"])
  for (const [name, sources] of csp) {
    for (const source of sources) {
      // No inline or eval'd script, no wildcard, no remote host (offline app: nothing from the web).
      expect(source, `${name} ${source}`).not.toMatch(/unsafe-inline|unsafe-eval|wasm-unsafe-eval|unsafe-hashes|^\*$|^https?:|^ws|\*\./)
    }
  }
  // The policy must come before any script, or those scripts ran unchecked.
  expect(html.indexOf('Content-Security-Policy')).toBeLessThan(html.indexOf('<script'))
  // Every script is a same-folder file; none is inline.
  for (const tag of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    expect(tag[1], 'a script with a src').toMatch(/\ssrc="\.?\/[^":]+"/)
    expect(tag[2]!.trim(), 'an inline script').toBe('')
  }
  expect(html).not.toMatch(/(src|href)="(https?:)?\/\//i)
}

describe('Content-Security-Policy', () => {
  it('is present and strict in the source page', () => {
    expectStrict(readFileSync(join(ROOT, 'src', 'renderer', 'index.html'), 'utf8'))
  })

  it.skipIf(!existsSync(BUILT))(`is present and strict in the built page (skipped when ${BUILT} is not built: run npm run build)`, () => {
    expectStrict(readFileSync(BUILT, 'utf8'))
  })

  it('would catch a weakened policy', () => {
    const page = readFileSync(join(ROOT, 'src', 'renderer', 'index.html'), 'utf8')
    expect(() => expectStrict(page.replace("script-src 'self'", "script-src 'self' 'unsafe-inline'"))).toThrow()
    expect(() => expectStrict(page.replace("connect-src 'self'", 'connect-src *'))).toThrow()
    expect(() => expectStrict(page.replace(/<meta\s+http-equiv="Content-Security-Policy"[^>]*>/, ''))).toThrow()
    expect(() => expectStrict(page.replace('</body>', '<script>alert(1)</script></body>'))).toThrow()
  })
})
