// Text folding for search and sorting: "Zoë Łukasiewicz" is found by typing "zoe lukasiewicz".

// Letters that Unicode does not decompose into base letter + accent.
const SPECIAL_FOLDS: Record<string, string> = {
  ł: 'l', đ: 'd', ø: 'o', ß: 'ss', æ: 'ae', œ: 'oe', þ: 'th', ð: 'd', ı: 'i', ħ: 'h', ŀ: 'l'
}

export function foldText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[łđøßæœþðıħŀ]/g, (ch) => SPECIAL_FOLDS[ch] ?? ch)
}
