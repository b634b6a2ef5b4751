import { useRef, useState, type ChangeEvent } from 'react'
import { Field } from '../../components/Field'
import { useCoreMutation } from '../../lib/query'
import { readPictureFile } from './pictureFile'

/** Attach, replace or remove the picture of the trainer's own exercise. Saved at once; a bad file is refused beside the field. */
export function PictureField({ exerciseId, hasImage, exerciseName }: { exerciseId: string; hasImage: boolean; exerciseName: string }) {
  const [message, setMessage] = useState<{ kind: 'error' | 'done'; text: string } | null>(null)
  const setImage = useCoreMutation('exercises.setImage')
  const removeImage = useCoreMutation('exercises.removeImage')
  const input = useRef<HTMLInputElement>(null)
  const busy = setImage.isPending || removeImage.isPending

  async function choose(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0]
    // Cleared so that choosing the same file again (after fixing it) is noticed.
    event.target.value = ''
    if (!file) return
    const read = await readPictureFile(exerciseId, file)
    if (!read.ok) return setMessage({ kind: 'error', text: read.message })
    setImage.mutate(read.input, {
      onSuccess: () => setMessage({ kind: 'done', text: hasImage ? 'Picture replaced.' : 'Picture added.' }),
      onError: (error) => setMessage({ kind: 'error', text: `The picture was not saved: ${error.message}` })
    })
  }

  function remove() {
    removeImage.mutate(
      { id: exerciseId },
      {
        onSuccess: () => {
          setMessage({ kind: 'done', text: 'Picture removed.' })
          input.current?.focus()
        },
        onError: (error) => setMessage({ kind: 'error', text: `The picture was not removed: ${error.message}` })
      }
    )
  }

  return (
    <div className="picture-field">
      <Field
        label={hasImage ? 'Replace the picture' : 'Add a picture'}
        hint={`A PNG or JPEG of at most 2 MB, shown here and printed with ${exerciseName}.`}
        error={message?.kind === 'error' ? message.text : undefined}
      >
        {(control) => <input {...control} ref={input} type="file" accept="image/png,image/jpeg" className="file-input" onChange={(e) => void choose(e)} />}
      </Field>
      <div className="picture-field-actions">
        {hasImage && (
          <button type="button" className="button" onClick={remove} disabled={busy}>
            Remove picture
          </button>
        )}
        <span className="picture-field-status" role="status">
          {busy ? 'Saving…' : message?.kind === 'done' ? message.text : ''}
        </span>
      </div>
    </div>
  )
}
