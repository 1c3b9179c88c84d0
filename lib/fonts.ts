import localFont from "next/font/local";

// Geist (SIL Open Font License, from the `geist` package), cut down to the characters French and
// English use by scripts/subset-fonts.sh: less than half the bytes on every first visit.
export const geistSans = localFont({
  src: "../assets/fonts/Geist-Variable-latin.woff2",
  variable: "--font-geist-sans",
  weight: "100 900",
  display: "swap",
});

// Monospace only shows references and code: not worth a preload on every page.
export const geistMono = localFont({
  src: "../assets/fonts/GeistMono-Variable-latin.woff2",
  variable: "--font-geist-mono",
  weight: "100 900",
  display: "swap",
  preload: false,
  adjustFontFallback: false,
});
