import { useQuery } from '@tanstack/react-query'
import { useCallback, useState } from 'react'
import { useParams } from 'react-router'
import { BackLink } from '../../components/BackLink'
import { DelayedLoading } from '../../components/DelayedLoading'
import { Notice } from '../../components/Notice'
import { ApiError, call } from '../../lib/api'
import { usePageTitle } from '../../lib/usePageTitle'
import { Designer } from './Designer'
import { takeContext, takeProgram } from './designerPrefetch'
import './programs.css'

/**
 * Loads the program and what the checks need once; the designer then owns the document. These queries
 * are kept out of the "programs" key space on purpose: the designer's own autosaves announce
 * data.changed, and refetching the program it is editing would be wasted work.
 */
export function ProgramDesignerPage() {
  const { programId = '' } = useParams()
  const [loadCount, setLoadCount] = useState(0)
  const [conflict, setConflict] = useState<string | null>(null)
  // The first load takes the answers asked as the address changed (designerPrefetch.ts), when there are any.
  const program = useQuery({
    queryKey: ['designer', 'program', programId, loadCount],
    queryFn: () => (loadCount === 0 ? takeProgram(programId) : undefined) ?? call('programs.get', { id: programId }),
    gcTime: 0
  })
  const context = useQuery({
    queryKey: ['designer', 'context', programId, loadCount],
    queryFn: () => (loadCount === 0 ? takeContext(programId) : undefined) ?? call('programs.checkContext', { id: programId }),
    gcTime: 0
  })
  usePageTitle(program.data?.document.name ?? 'Program')
  const onConflict = useCallback((message: string) => {
    setConflict(message)
    setLoadCount((n) => n + 1)
  }, [])
  const error = program.error ?? context.error
  const missing = error instanceof ApiError && (error.code === 'not_found' || error.code === 'invalid_input')
  const back = program.data?.clientId ? `/programs?client=${program.data.clientId}` : '/programs'
  return (
    <section className="page designer-page">
      <BackLink to={back}>Programs</BackLink>
      {conflict && (
        <Notice kind="info">
          This program was changed elsewhere, so it was reloaded with the latest version. {conflict}
        </Notice>
      )}
      {missing ? (
        <>
          <h1>Program not found</h1>
          <p>It may have been deleted. Go back to the programs to pick another.</p>
        </>
      ) : error ? (
        <Notice kind="error">
          This program could not be loaded: {error.message}{' '}
          <button type="button" className="button button-quiet" onClick={() => setLoadCount((n) => n + 1)}>
            Try again
          </button>
        </Notice>
      ) : program.data && context.data ? (
        <Designer key={`${program.data.id}:${loadCount}`} program={program.data} context={context.data} onConflict={onConflict} />
      ) : (
        <DelayedLoading label="Opening the program…" />
      )}
    </section>
  )
}
