import { useMemo } from 'react'
import { useCoreQuery } from '../../lib/query'

/** An exercise's picture, fetched only when this is on screen (rows out of view are not rendered at all). */
export function ExercisePicture({ id, alt, className }: { id: string; alt: string; className?: string }) {
  const image = useCoreQuery('exercises.image', { id })
  const src = useMemo(() => (image.data ? `data:${image.data.mimeType};base64,${image.data.dataBase64}` : null), [image.data])
  if (!src) return null
  return <img src={src} alt={alt} className={className} decoding="async" />
}
