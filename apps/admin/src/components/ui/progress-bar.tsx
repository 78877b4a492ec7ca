type ProgressBarProps = {
  /** 0–100. */
  value: number;
  /** What is progressing, for assistive technology ("Tạo văn bản (Word, PDF)"). */
  label: string;
  /** Said after the percentage, for example the job's latest message. */
  detail?: string | null;
  size?: 'sm' | 'md';
};

/** A determinate progress bar with its percentage written beside it. */
export function ProgressBar({ value, label, detail, size = 'md' }: ProgressBarProps) {
  const percent = Math.max(0, Math.min(100, Math.round(value)));
  return (
    <div className={`progress progress-${size}`}>
      <div
        className="progress-track"
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
        aria-valuetext={detail ? `${percent}% — ${detail}` : `${percent}%`}
      >
        <div className="progress-fill" style={{ width: `${percent}%` }} />
      </div>
      <span className="progress-value" aria-hidden="true">
        {percent}%
      </span>
    </div>
  );
}
