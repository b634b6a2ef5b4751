import { ExerciseImageInput, IMAGE_MAX_BYTES } from '../../../../shared/exercises'
import { formatBytes } from './bytes'

export type PictureReadResult = { ok: true; input: { id: string; mimeType: 'image/png' | 'image/jpeg'; dataBase64: string } } | { ok: false; message: string }

// Files far over the limit are refused without reading them into memory first.
const NOT_WORTH_READING = IMAGE_MAX_BYTES * 4

function readAsBase64(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader()
    reader.onload = () => {
      const url = String(reader.result)
      resolve(url.slice(url.indexOf(',') + 1))
    }
    reader.onerror = () => reject(reader.error ?? new Error('The file could not be read'))
    reader.readAsDataURL(file)
  })
}

/**
 * Reads a chosen file into the contract's ExerciseImageInput, checked here by the same schema the core
 * uses (type, size, and that the bytes really are a PNG or JPEG), so a bad file is refused beside the field.
 */
export async function readPictureFile(id: string, file: File): Promise<PictureReadResult> {
  const refuse = (reason: string) => ({ ok: false as const, message: `“${file.name}” cannot be used: ${reason.charAt(0).toLowerCase()}${reason.slice(1)}.` })
  const tooBig = `The picture must be at most ${formatBytes(IMAGE_MAX_BYTES)} (this file is ${formatBytes(file.size)})`
  if (file.size > NOT_WORTH_READING) return refuse(tooBig)
  let dataBase64: string
  try {
    dataBase64 = await readAsBase64(file)
  } catch {
    return { ok: false, message: `“${file.name}” could not be read. Try choosing it again.` }
  }
  const parsed = ExerciseImageInput.safeParse({ id, mimeType: file.type, dataBase64 })
  if (parsed.success) return { ok: true, input: parsed.data }
  const issue = parsed.error.issues[0]
  if (issue?.path[0] === 'dataBase64' && file.size > IMAGE_MAX_BYTES) return refuse(tooBig)
  return refuse(issue?.message.replace(/\.$/, '') ?? 'It is not a PNG or JPEG image')
}
