/**
 * The submitted form, or a 400 that says what was wrong: a body that is not a form (JSON, a broken
 * multipart upload) is the sender's mistake, never a 500.
 */
export async function readForm(request: Request): Promise<FormData> {
  try {
    return await request.formData();
  } catch {
    throw new Response("Send this as a form (application/x-www-form-urlencoded or multipart/form-data).", {
      status: 400,
    });
  }
}

/** The 400 for a form whose `intent` the action does not know (a stale tab, a hand-made request). */
export function unknownIntent(): Response {
  return new Response("This page did not understand what the form asked for. Reload the page and try again.", {
    status: 400,
  });
}
