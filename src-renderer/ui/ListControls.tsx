// Small pieces every record list shares: a row's Edit and Delete buttons
// (named for the row), and the "Showing N of M · Show more" footer.

export function RowActions({ name, onEdit, onDelete }: { name: string; onEdit: () => void; onDelete: () => void }) {
  return (
    <>
      <button type="button" className="button button-small button-ghost" aria-label={`Edit ${name}`} onClick={onEdit}>
        Edit
      </button>
      <button type="button" className="button button-small button-ghost" aria-label={`Delete ${name}`} onClick={onDelete}>
        Delete
      </button>
    </>
  );
}

export function ShowMore({ shown, total, noun, onMore }: { shown: number; total: number; noun: string; onMore: () => void }) {
  return (
    <div className="spread">
      <span className="small muted">
        Showing {shown} of {total} {noun}
      </span>
      {shown < total ? (
        <button type="button" className="button button-small" onClick={onMore}>
          Show more
        </button>
      ) : null}
    </div>
  );
}
