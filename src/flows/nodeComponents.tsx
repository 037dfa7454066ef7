import type { UiNode, UiNodeAnchorAttributes, UiNodeImageAttributes, UiNodeInputAttributes, UiNodeTextAttributes, UiText } from '@ory/client'
import { useId, type ComponentType } from 'react'

/** Props of the component that renders an input node (text, e-mail, password, checkbox, hidden…). */
export interface InputNodeProps {
  node: UiNode
  attributes: UiNodeInputAttributes
  /** `node.meta.label.text`, when Kratos gave one. */
  label: string | undefined
  /** The node's own messages (errors and infos). */
  messages: readonly UiText[]
}

/** Props of the component that renders a button node (a submit, or a passkey / security key trigger). */
export interface ButtonNodeProps extends InputNodeProps {
  /**
   * Set for a passkey or security key trigger: runs the ceremony through the hook (`type="button"`).
   * Pass it the click event: the form's fields of that method (the key's name) go with it.
   */
  onClick: ((event?: { currentTarget: HTMLButtonElement }) => void) | undefined
  /** `true` while the flow is submitting. */
  disabled: boolean
  /**
   * `true` when the form has required fields of another method (the password box beside "Send
   * sign-in code", or in Settings beside "Generate codes"): the browser must not block this button.
   */
  formNoValidate: boolean
}

/** Props of the components that render text, image and anchor nodes. */
export interface TextNodeProps {
  node: UiNode
  attributes: UiNodeTextAttributes
}
export interface ImageNodeProps {
  node: UiNode
  attributes: UiNodeImageAttributes
  /** The TOTP secret (the flow's `totp_secret_key` text) beside the QR code: part of its text alternative. */
  secret: string | undefined
}
export interface AnchorNodeProps {
  node: UiNode
  attributes: UiNodeAnchorAttributes
}

/** The components `<Nodes>` renders each node type with; replace any of them. */
export interface NodeComponents {
  Input: ComponentType<InputNodeProps>
  Button: ComponentType<ButtonNodeProps>
  Text: ComponentType<TextNodeProps>
  Image: ComponentType<ImageNodeProps>
  Anchor: ComponentType<AnchorNodeProps>
  /** A message, of the flow or of a node. */
  Message: ComponentType<{ message: UiText }>
}

function DefaultMessage({ message }: { message: UiText }) {
  // No role here: one live region (<FlowForm>'s) announces the flow's messages, and a field's
  // messages are its input's description.
  return <p data-type={message.type} data-id={message.id}>{message.text}</p>
}

function DefaultInput({ attributes, label, messages }: InputNodeProps) {
  const { name, type, value, required, disabled, autocomplete, pattern, maxlength } = attributes
  // A per-field id that stays while the field does (its key is Kratos's name), unique even when a
  // page renders the same node in several forms (the identifier in each method's form).
  const id = useId()
  if (type === 'hidden') return <input type="hidden" name={name} value={String(value ?? '')} readOnly />
  const describedBy = messages.length ? id : undefined
  const aria = { 'aria-invalid': messages.some((message) => message.type === 'error') || undefined, 'aria-describedby': describedBy }
  const field =
    type === 'checkbox' ? (
      <input type="checkbox" name={name} value="true" defaultChecked={value === true} required={required} disabled={disabled} {...aria} />
    ) : (
      <input
        type={type}
        name={name}
        defaultValue={value === undefined || value === null ? undefined : String(value)}
        required={required}
        disabled={disabled}
        autoComplete={autocomplete}
        pattern={pattern}
        maxLength={maxlength}
        {...aria}
      />
    )
  return (
    <div>
      <label>
        <span>{label ?? name}</span>
        {field}
      </label>
      {describedBy && <div id={describedBy}>{messages.map((message) => <DefaultMessage key={message.id} message={message} />)}</div>}
    </div>
  )
}

function DefaultButton({ attributes, label, onClick, disabled, formNoValidate }: ButtonNodeProps) {
  const { name, value } = attributes
  return onClick ? (
    <button type="button" name={name} onClick={onClick} disabled={disabled}>{label ?? name}</button>
  ) : (
    <button type="submit" name={name} value={String(value ?? '')} disabled={disabled} formNoValidate={formNoValidate}>{label ?? name}</button>
  )
}

function DefaultText({ node, attributes }: TextNodeProps) {
  // Lookup secrets come as a list of codes in `context.secrets`: a list, so a screen reader reads
  // them one by one (and says how many), named by the node's label.
  const secrets = (attributes.text.context as { secrets?: { text: string }[] } | undefined)?.secrets
  return secrets ? (
    <ul id={attributes.id} aria-label={node.meta.label?.text}>{secrets.map((secret, index) => <li key={index}>{secret.text}</li>)}</ul>
  ) : (
    <p id={attributes.id}>{attributes.text.text}</p>
  )
}

function DefaultImage({ node, attributes, secret }: ImageNodeProps) {
  // Who cannot see the QR code types the secret instead: the text alternative carries it.
  const label = node.meta.label?.text ?? ''
  return <img id={attributes.id} src={attributes.src} width={attributes.width} height={attributes.height} alt={secret ? `${label}: ${secret}` : label} />
}

function DefaultAnchor({ attributes }: AnchorNodeProps) {
  return <a id={attributes.id} href={attributes.href}>{attributes.title.text}</a>
}

/**
 * The unstyled defaults: plain labelled inputs, submit buttons, `<p>` messages. Wrap one to keep
 * its behaviour and add your own markup.
 *
 * @example
 * ```tsx
 * import { defaultNodeComponents, FlowForm, useLoginFlow, type ButtonNodeProps } from 'ory-session-react/flows'
 *
 * const DefaultButton = defaultNodeComponents.Button
 * function PrimaryButton(props: ButtonNodeProps) {
 *   return <div className="primary"><DefaultButton {...props} /></div>
 * }
 *
 * export function StyledLogin() {
 *   return <FlowForm flow={useLoginFlow()} components={{ Button: PrimaryButton }} />
 * }
 * ```
 */
export const defaultNodeComponents: NodeComponents = {
  Input: DefaultInput,
  Button: DefaultButton,
  Text: DefaultText,
  Image: DefaultImage,
  Anchor: DefaultAnchor,
  Message: DefaultMessage,
}
