import { i18n } from '#i18n';

/** A control of a row in a list of packs or drafts, named for its pack ("Move up: Acme support"), visible text first. */
export function RowButton({
  label,
  packName,
  danger = false,
  ...props
}: {
  label: string;
  packName: string;
  danger?: boolean;
  disabled?: boolean;
  onClick(): void;
}) {
  return (
    <button
      type="button"
      className={`button ${danger ? 'button--danger' : 'button--quiet'}`}
      aria-label={i18n.t('packs.row.controlLabel', [label, packName])}
      {...props}
    >
      {label}
    </button>
  );
}
