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
