import type { MouseEvent } from "react";

/** Whether any field of the form differs from what the page was drawn with. */
export function formHasChanges(form: HTMLFormElement): boolean {
  return [...form.elements].some((element) => {
    if (element instanceof HTMLInputElement)
      return element.type === "checkbox" || element.type === "radio"
        ? element.checked !== element.defaultChecked
        : element.type !== "hidden" && element.value !== element.defaultValue;
    if (element instanceof HTMLTextAreaElement) return element.value !== element.defaultValue;
    if (element instanceof HTMLSelectElement)
      return [...element.options].some((option) => option.selected !== option.defaultSelected);
    return false;
  });
}

/**
 * For a link that leaves a form: asks first when something was typed or ticked that is not saved
 * (the answers would be lost). Without JavaScript the link simply leaves.
 */
export function confirmLeavingForm(formId: string) {
  return (event: MouseEvent<HTMLAnchorElement>) => {
    const form = document.forms.namedItem(formId);
    if (form && formHasChanges(form) && !window.confirm("Leave this page? Your answers here are not saved yet."))
      event.preventDefault();
  };
}
