export function Logo({ size = 32 }: { size?: number }) {
  return (
    <svg className="brand-mark" viewBox="0 0 32 32" width={size} height={size} aria-hidden="true" focusable="false">
      <circle cx="16" cy="16" r="15" fill="#0b5cad" />
      <circle cx="16" cy="16" r="4" fill="#fff" />
      <path
        d="M16 5a11 11 0 0 1 11 11M16 27A11 11 0 0 1 5 16"
        stroke="#fff"
        strokeWidth="2.5"
        fill="none"
        strokeLinecap="round"
      />
    </svg>
  );
}
