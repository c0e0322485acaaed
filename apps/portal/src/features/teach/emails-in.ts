/**
 * The emails in pasted text: one per line, or separated by commas, semicolons or spaces (as a spreadsheet
 * column or a mail client's address line pastes), each once, in the order given. Whether each is an
 * email is the schema's question, answered per entry under the field.
 */
export function emailsIn(text: string): string[] {
  return [...new Set(text.split(/[\s,;]+/).filter(Boolean))];
}
