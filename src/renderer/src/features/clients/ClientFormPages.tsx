export function ClientCreatePage() {
  return <section className="page"><h1>New client</h1></section>
}
export function ClientEditPage() {
  return <section className="page"><h1>Edit client</h1></section>
}
