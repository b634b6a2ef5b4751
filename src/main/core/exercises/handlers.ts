import type { StoredContent } from './repo'
import type { HandlerTable } from '../handler'
import type { ExercisesService } from './service'

export type ExerciseMethods =
  | 'exercises.list'
  | 'exercises.catalogue'
  | 'exercises.get'
  | 'exercises.create'
  | 'exercises.update'
  | 'exercises.duplicate'
  | 'exercises.archive'
  | 'exercises.restore'
  | 'exercises.hide'
  | 'exercises.show'
  | 'exercises.image'
  | 'exercises.setImage'
  | 'exercises.removeImage'
  | 'exercises.muscleGuide'

export function exercisesHandlers(exercises: ExercisesService): HandlerTable<ExerciseMethods> {
  const changes = ['exercises'] as const
  return {
    'exercises.list': { run: (input) => exercises.list(input) },
    'exercises.catalogue': { run: () => exercises.catalogue() },
    'exercises.get': { run: ({ id }) => exercises.get(id) },
    'exercises.create': { run: (content) => exercises.create(content as StoredContent), changes },
    'exercises.update': { run: ({ id, content }) => exercises.update(id, content as StoredContent), changes },
    'exercises.duplicate': { run: ({ id, name }) => exercises.duplicate(id, name), changes },
    'exercises.archive': { run: ({ id }) => exercises.setArchived(id, true), changes },
    'exercises.restore': { run: ({ id }) => exercises.setArchived(id, false), changes },
    'exercises.hide': { run: ({ id }) => exercises.setHidden(id, true), changes },
    'exercises.show': { run: ({ id }) => exercises.setHidden(id, false), changes },
    'exercises.image': { run: ({ id }) => exercises.image(id) },
    'exercises.setImage': { run: ({ id, mimeType, dataBase64 }) => exercises.setImage(id, mimeType, dataBase64), changes },
    'exercises.removeImage': { run: ({ id }) => exercises.removeImage(id), changes },
    'exercises.muscleGuide': { run: () => exercises.muscleGuide() }
  }
}
