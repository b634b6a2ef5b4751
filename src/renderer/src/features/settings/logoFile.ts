import { Logo, LOGO_MAX_BYTES } from '../../../../shared/settings'

export type LogoReadResult = { ok: true; logo: Logo } | { ok: false; message: string }

const ACCEPTED: Record<string, Logo['mimeType']> = { 'image/png': 'image/png', 'image/jpeg': 'image/jpeg' }

/** Formats a byte count the way a trainer reads file sizes ("700 KB", "1.2 MB"). */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`
}

/** The image type the file's first bytes say it is; the file name and the browser's guess can lie. */
function sniffImageType(head: Uint8Array): Logo['mimeType'] | null {
  if (head[0] === 0x89 && head[1] === 0x50 && head[2] === 0x4e && head[3] === 0x47) return 'image/png'
  if (head[0] === 0xff && head[1] === 0xd8 && head[2] === 0xff) return 'image/jpeg'
  return null
}

function readAsDataUrl(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader()
    reader.onload = () => resolve(String(reader.result))
    reader.onerror = () => reject(reader.error ?? new Error('The file could not be read'))
    reader.readAsDataURL(file)
  })
}

/** Reads a chosen file into a Logo, or says in plain words why it cannot be one. */
export async function readLogoFile(file: File): Promise<LogoReadResult> {
  const declared = ACCEPTED[file.type]
  if (!declared) {
    return { ok: false, message: `"${file.name}" is not a PNG or JPEG image. Choose a .png or .jpg file.` }
  }
  if (file.size > LOGO_MAX_BYTES) {
    return {
      ok: false,
      message: `"${file.name}" is ${formatBytes(file.size)}; a logo can be at most ${formatBytes(LOGO_MAX_BYTES)}. Save a smaller version and choose it again.`
    }
  }
  const sniffed = sniffImageType(new Uint8Array(await file.slice(0, 8).arrayBuffer()))
  if (!sniffed) {
    return { ok: false, message: `"${file.name}" does not contain a PNG or JPEG image (it may be damaged or renamed).` }
  }
  let dataUrl: string
  try {
    dataUrl = await readAsDataUrl(file)
  } catch {
    return { ok: false, message: `"${file.name}" could not be read. Try choosing it again.` }
  }
  const parsed = Logo.safeParse({ mimeType: sniffed, dataBase64: dataUrl.slice(dataUrl.indexOf(',') + 1) })
  if (!parsed.success) return { ok: false, message: parsed.error.issues[0]?.message ?? 'This image cannot be used as a logo.' }
  return { ok: true, logo: parsed.data }
}

export function logoDataUrl(logo: Logo): string {
  return `data:${logo.mimeType};base64,${logo.dataBase64}`
}
