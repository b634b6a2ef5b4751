interface FormActionsProps {
  saving: boolean
  /** The Save button's label while not saving, e.g. "Save client" or "Save changes". */
  saveLabel: string
  dirty: boolean
  onCancel(): void
}

/** The sticky bar at the foot of a form: Save (also Ctrl+S), Cancel, and whether there are unsaved changes. */
export function FormActions({ saving, saveLabel, dirty, onCancel }: FormActionsProps) {
  return (
    <div className="form-actions">
      <button type="submit" className="button button-primary" disabled={saving} aria-keyshortcuts="Control+S Meta+S">
        {saving ? 'Saving…' : saveLabel}
      </button>
      <button type="button" className="button" onClick={onCancel}>
        Cancel
      </button>
      {dirty && <span className="form-dirty">Unsaved changes</span>}
    </div>
  )
}
