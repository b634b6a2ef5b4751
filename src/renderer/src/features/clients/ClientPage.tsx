export function ClientPage() {
  return <section className="page"><h1>Clients</h1></section>
}
