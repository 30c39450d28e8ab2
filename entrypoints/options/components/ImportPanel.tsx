import { i18n } from '#i18n';
import { useId, useState, type DragEvent, type FormEvent } from 'react';

export interface ImportHandlers {
  onFile(file: File): void;
  onText(text: string): void;
  onUrl(address: string): void;
}

/** The four ways in: a file (picker or drop), pasted JSON, or an address. Each leads to the same review. */
export function ImportPanel({ busy, handlers }: { busy: boolean; handlers: ImportHandlers }) {
  const ids = { file: useId(), paste: useId(), url: useId() };
  const [text, setText] = useState('');
  const [address, setAddress] = useState('');
  const [dragging, setDragging] = useState(false);

  const drop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    const file = event.dataTransfer.files[0];
    if (file) handlers.onFile(file);
  };
  const submit = (handler: () => void) => (event: FormEvent) => {
    event.preventDefault();
    handler();
  };

  return (
    <section className="card" aria-labelledby="import-heading" aria-busy={busy}>
      <h2 id="import-heading">{i18n.t('packs.import.title')}</h2>
      <div
        className={`dropzone${dragging ? ' dropzone--active' : ''}`}
        onDragOver={(event) => {
          event.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={drop}
        role="group"
        aria-label={i18n.t('packs.import.fileGroup')}
      >
        <label htmlFor={ids.file}>{i18n.t('packs.import.file')}</label>
        <input
          id={ids.file}
          type="file"
          accept=".json,application/json"
          disabled={busy}
          onChange={(event) => {
            const file = event.target.files?.[0];
            if (file) handlers.onFile(file);
            event.target.value = '';
          }}
        />
        <p className="muted">{i18n.t('packs.import.drop')}</p>
      </div>
      <form onSubmit={submit(() => handlers.onText(text))}>
        <label htmlFor={ids.paste}>{i18n.t('packs.import.paste')}</label>
        <textarea
          id={ids.paste}
          rows={4}
          value={text}
          onChange={(event) => setText(event.target.value)}
          spellCheck={false}
        />
        <button type="submit" className="button" disabled={busy || !text.trim()}>
          {i18n.t('packs.import.pasteButton')}
        </button>
      </form>
      <form onSubmit={submit(() => handlers.onUrl(address))}>
        <label htmlFor={ids.url}>{i18n.t('packs.import.url.label')}</label>
        <input
          id={ids.url}
          type="url"
          inputMode="url"
          placeholder="https://"
          value={address}
          onChange={(event) => setAddress(event.target.value)}
        />
        <button type="submit" className="button" disabled={busy || !address.trim()}>
          {i18n.t('packs.import.url.button')}
        </button>
        <p className="muted">{i18n.t('packs.import.url.hint')}</p>
      </form>
    </section>
  );
}
