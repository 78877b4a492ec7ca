import { useI18n, type Lang } from '../lib/i18n.tsx';

const OPTIONS: readonly { value: Lang; label: string }[] = [
  { value: 'vi', label: 'Tiếng Việt' },
  { value: 'en', label: 'English' },
];

/** Each language is named in itself, so that someone who does not read the current one finds theirs. */
export function LanguageSwitch() {
  const { lang, setLang, t } = useI18n();
  return (
    <div className="lang-switch" role="group" aria-label={t('header.language')}>
      {OPTIONS.map((o) => (
        <button
          key={o.value}
          type="button"
          lang={o.value}
          className={o.value === lang ? 'lang-option active' : 'lang-option'}
          aria-pressed={o.value === lang}
          onClick={() => setLang(o.value)}
        >
          {o.label}
        </button>
      ))}
    </div>
  );
}
