/** Element ids of question fields. The first input's id has no suffix, so the error summary can link to it. */
export function fieldId(questionId: string): string {
  return `q-${questionId.replace(/[^a-zA-Z0-9-]/g, '-')}`;
}
export function optionId(questionId: string, index: number): string {
  return index === 0 ? fieldId(questionId) : `${fieldId(questionId)}-${index + 1}`;
}
export function itemFieldId(questionId: string, item: number, field: string): string {
  return `${fieldId(questionId)}-item${item + 1}-${field}`;
}
export function dateFieldId(questionId: string, part: 'year' | 'month' | 'day'): string {
  return part === 'year' ? fieldId(questionId) : `${fieldId(questionId)}-${part}`;
}
export function addButtonId(questionId: string): string {
  return `${fieldId(questionId)}-add`;
}
