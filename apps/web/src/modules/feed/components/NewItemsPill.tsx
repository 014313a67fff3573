interface NewItemsPillProps {
  count: number;
  onShow: () => void;
}

export function NewItemsPill({ count, onShow }: NewItemsPillProps) {
  return (
    <div className="new-items-bar">
      <button
        type="button"
        className="new-items-pill"
        data-testid="new-items-pill"
        data-count={count}
        onClick={onShow}
      >
        <span aria-hidden="true">↑</span> {count} new {count === 1 ? 'update' : 'updates'}
      </button>
    </div>
  );
}
